// The role check: every command type against every role.
#include "roles.h"

#include <QTest>

using namespace quorum;

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("command");
        QTest::addColumn<bool>("allowed");
        const struct { v1::Role role; const char *name; } roles[] = {
            {v1::ROLE_CHAIR, "chair"}, {v1::ROLE_SECRETARY, "secretary"},
            {v1::ROLE_DELEGATE, "delegate"}, {v1::ROLE_OBSERVER, "observer"},
            {v1::ROLE_UNSPECIFIED, "none"}};
        const struct { v1::Command::BodyCase command; const char *name; } commands[] = {
            {v1::Command::kSetCurrentItem, "SetCurrentItem"},
            {v1::Command::kAdvanceAgenda, "AdvanceAgenda"},
            {v1::Command::BODY_NOT_SET, "none"}};
        for (const auto &r : roles) {
            for (const auto &c : commands) {
                const bool agenda = c.command != v1::Command::BODY_NOT_SET;
                const bool allowed = agenda && (r.role == v1::ROLE_CHAIR || r.role == v1::ROLE_SECRETARY);
                QTest::addRow("%s %s", r.name, c.name) << int(r.role) << int(c.command) << allowed;
            }
        }
    }
    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, command);
        QFETCH(bool, allowed);
        QCOMPARE(roleMay(v1::Role(role), v1::Command::BodyCase(command)), allowed);
    }

    void everyCommandTypeIsNamed()
    {
        // A command added to the protocol must get a name (and so a row above).
        const auto *descriptor = v1::Command::descriptor()->oneof_decl(0);
        for (int i = 0; i < descriptor->field_count(); ++i) {
            const auto bodyCase = v1::Command::BodyCase(descriptor->field(i)->number());
            QVERIFY2(commandName(bodyCase) != QStringLiteral("(none)"), descriptor->field(i)->name().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
