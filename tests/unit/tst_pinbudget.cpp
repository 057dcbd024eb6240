// The PIN budget (issue 10): wrong PINs are bounded per address and per meeting over all
// addresses; device tokens are not subject to the meeting's budget.
#include "pinbudget.h"

#include <QTest>

using namespace quorum;

namespace {
PinBudget::Limits limits()
{
    PinBudget::Limits l;
    l.addressBurst = 5;
    l.addressPerSecond = 0.5;
    l.meetingBurst = 20;
    l.meetingPerHour = 12;
    return l;
}
constexpr qint64 T0 = 1'000'000;
} // namespace

class TestPinBudget : public QObject
{
    Q_OBJECT
private slots:
    void addressLimitAloneIsPerAddress()
    {
        PinBudget budget(limits());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(budget.check("m", "10.0.0.1", true, T0), PinBudget::Verdict::Check);
            budget.failed("m", "10.0.0.1", true, T0);
        }
        QCOMPARE(budget.check("m", "10.0.0.1", true, T0), PinBudget::Verdict::AddressLimited);
        QCOMPARE(budget.check("m", "10.0.0.2", true, T0), PinBudget::Verdict::Check);
        QCOMPARE(budget.check("m", "10.0.0.1", true, T0 + 2000), PinBudget::Verdict::Check);
    }

    void manyAddressesShareTheMeetingsBudget()
    {
        PinBudget budget(limits());
        int checked = 0;
        // 100 addresses, 5 guesses each: only the meeting's 20 are checked.
        for (int a = 0; a < 100; ++a) {
            const QString address = QStringLiteral("10.0.%1.1").arg(a);
            for (int i = 0; i < 5; ++i) {
                if (budget.check("m", address, true, T0) == PinBudget::Verdict::Check) {
                    ++checked;
                    budget.failed("m", address, true, T0);
                }
            }
        }
        QCOMPARE(checked, 20);
        QCOMPARE(budget.check("m", "10.9.9.9", true, T0), PinBudget::Verdict::MeetingExhausted);
        // Another meeting has its own budget; a token is not refused for the meeting's.
        QCOMPARE(budget.check("other", "10.9.9.9", true, T0), PinBudget::Verdict::Check);
        QCOMPARE(budget.check("m", "10.9.9.9", false, T0), PinBudget::Verdict::Check);
        const v1::AuthFailures report = budget.report("m", T0);
        QCOMPARE(report.failed(), 20u);
        QCOMPARE(report.addresses(), 4u); // the first four addresses spent it, 5 each
        QVERIFY(report.pin_joins_paused());
        QCOMPARE(report.budget_left(), 0u);

        // 12 an hour: one more after five minutes.
        QCOMPARE(budget.check("m", "10.9.9.9", true, T0 + 299'000),
            PinBudget::Verdict::MeetingExhausted);
        QCOMPARE(budget.check("m", "10.9.9.9", true, T0 + 301'000), PinBudget::Verdict::Check);
        QVERIFY(!budget.report("m", T0 + 301'000).pin_joins_paused());
    }

    void wrongTokensCountPerAddressOnly()
    {
        PinBudget budget(limits());
        for (int i = 0; i < 5; ++i)
            budget.failed("m", "10.0.0.1", false, T0);
        QCOMPARE(budget.check("m", "10.0.0.1", false, T0), PinBudget::Verdict::AddressLimited);
        QCOMPARE(budget.report("m", T0).budget_left(), 20u);
        QCOMPARE(budget.report("m", T0).failed(), 5u);
    }
};

QTEST_GUILESS_MAIN(TestPinBudget)
#include "tst_pinbudget.moc"
