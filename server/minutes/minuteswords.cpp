#include "minuteswords.h"

#include <QDateTime>
#include <QLocale>
#include <QTranslator>

namespace quorum::minutes {

QString Words::duration(quint64 ms) const
{
    const quint64 total = (ms + 500) / 1000; // to the nearest second
    const quint64 h = total / 3600, min = (total / 60) % 60, s = total % 60;
    const auto two = [](quint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (vi()) {
        if (h)
            return QStringLiteral("%1 giờ %2 phút %3 giây").arg(h).arg(two(min), two(s));
        if (min)
            return QStringLiteral("%1 phút %2 giây").arg(min).arg(two(s));
        return QStringLiteral("%1 giây").arg(s);
    }
    if (h)
        return QStringLiteral("%1 h %2 min %3 s").arg(h).arg(two(min), two(s));
    if (min)
        return QStringLiteral("%1 min %2 s").arg(min).arg(two(s));
    return QStringLiteral("%1 s").arg(s);
}

QString Words::time(qint64 ms) const
{
    const QDateTime d = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return vi() ? d.toString(QStringLiteral("HH 'giờ' mm")) : d.toString(QStringLiteral("HH:mm"));
}

QString Words::date(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("dd/MM/yyyy"));
}

QString Words::longDate(qint64 ms) const
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
    if (vi()) // Nghị định 30/2020: days and months below 10 take a leading zero
        return d.toString(QStringLiteral("'ngày' dd 'tháng' MM 'năm' yyyy"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(d, QStringLiteral("d MMMM yyyy"));
}

QString Words::dateTime(qint64 ms) const
{
    return time(ms) + QStringLiteral(", ") + date(ms);
}

QString Words::role(v1::Role role) const
{
    switch (role) {
    case v1::ROLE_CHAIR:
        return t("Chủ tọa", "Chair");
    case v1::ROLE_SECRETARY:
        return t("Thư ký", "Secretary");
    case v1::ROLE_DELEGATE:
        return t("Đại biểu", "Delegate");
    case v1::ROLE_OBSERVER:
        return t("Quan sát", "Observer");
    default:
        return {};
    }
}

QString Words::attendance(v1::AttendanceState state) const
{
    switch (state) {
    case v1::ATTENDANCE_IN_ROOM:
        return t("Có mặt", "In the room");
    case v1::ATTENDANCE_ONLINE:
        return t("Trực tuyến", "Online");
    case v1::ATTENDANCE_ABSENT:
        return t("Vắng mặt", "Absent");
    default:
        return t("Chưa điểm danh", "Not checked in");
    }
}

QString Words::checkInMethod(v1::CheckInMethod method) const
{
    switch (method) {
    case v1::CHECK_IN_TABLET:
        return t("máy tính bảng", "own tablet");
    case v1::CHECK_IN_DOOR:
        return t("quét thẻ tại cửa", "card at the door");
    case v1::CHECK_IN_SECRETARY:
        return t("thư ký ghi nhận", "by the secretary");
    default:
        return QString();
    }
}

QString Words::option(const QString &label, v1::OptionKind kind) const
{
    if (vi())
        return label;
    switch (kind) {
    case v1::OPTION_YES:
        return QStringLiteral("Yes");
    case v1::OPTION_NO:
        return QStringLiteral("No");
    case v1::OPTION_ABSTAIN:
        return QStringLiteral("Abstain");
    default:
        return label;
    }
}

namespace {
/** The tablet's translations, built into this library (CMakeLists.txt): the rules' words
 *  come from the same .ts as the tablet's, whatever language the server runs in. */
const QTranslator *vietnamese()
{
    static const QTranslator *translator = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/minutes/i18n/quorum_vi.qm")))
            qWarning("minutes: the Vietnamese words of the rules are missing");
        return t;
    }();
    return translator;
}
const QTranslator *english()
{
    static const QTranslator *translator = [] {
        auto *t = new QTranslator; // empty: the source text is English
        return t;
    }();
    return translator;
}
} // namespace

RuleWords Words::rules() const
{
    return RuleWords(vi() ? vietnamese() : english(), m_body);
}

QString Words::rule(const v1::DecisionRule &rule, v1::BallotKind kind) const
{
    return rules().rule(rule, kind);
}

QString Words::quorumRule(const v1::QuorumRule &rule, quint32 convening) const
{
    return rules().quorum(rule, convening);
}

QString Words::percent(quint64 part, quint64 whole) const
{
    if (whole == 0)
        return QStringLiteral("–");
    const double p = 100.0 * double(part) / double(whole);
    return vi() ? QLocale(QLocale::Vietnamese).toString(p, 'f', 1) + QStringLiteral(" %")
                : QString::number(p, 'f', 1) + QStringLiteral("%");
}

QString Words::number(quint64 n) const
{
    return QLocale(vi() ? QLocale::Vietnamese : QLocale::English).toString(qulonglong(n));
}

} // namespace quorum::minutes
