// The words of Vietnamese and English lists: headers and roles as offices write them.
#include "vocabulary.h"

#include <QHash>

namespace quorum::roster {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            continue;
        // đ and Đ have no decomposition; Ð (the eth) is what old keyboards type for Đ.
        if (c == QChar(0x0110) || c == QChar(0x0111) || c == QChar(0x00D0))
            c = QLatin1Char('d');
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toLower();
        } else {
            space = true; // white space and punctuation ("Họ và tên (*)", "Số cổ phần:")
        }
    }
    return out;
}

std::optional<Column> columnFor(const QString &header)
{
    static const QHash<QString, Column> words = {
        { QStringLiteral("ho va ten"), Column::Name },
        { QStringLiteral("ho ten"), Column::Name },
        { QStringLiteral("ten"), Column::Name },
        { QStringLiteral("ten dai bieu"), Column::Name },
        { QStringLiteral("ho va ten dai bieu"), Column::Name },
        { QStringLiteral("ten co dong"), Column::Name },
        { QStringLiteral("ho va ten co dong"), Column::Name },
        { QStringLiteral("name"), Column::Name },
        { QStringLiteral("full name"), Column::Name },
        { QStringLiteral("participant"), Column::Name },
        { QStringLiteral("chuc vu"), Column::Title },
        { QStringLiteral("chuc danh"), Column::Title },
        { QStringLiteral("title"), Column::Title },
        { QStringLiteral("position"), Column::Title },
        { QStringLiteral("job title"), Column::Title },
        { QStringLiteral("don vi"), Column::Unit },
        { QStringLiteral("don vi cong tac"), Column::Unit },
        { QStringLiteral("co quan"), Column::Unit },
        { QStringLiteral("co quan don vi"), Column::Unit },
        { QStringLiteral("unit"), Column::Unit },
        { QStringLiteral("organisation"), Column::Unit },
        { QStringLiteral("organization"), Column::Unit },
        { QStringLiteral("vai tro"), Column::Role },
        { QStringLiteral("tu cach"), Column::Role },
        { QStringLiteral("role"), Column::Role },
        { QStringLiteral("so co phan"), Column::Weight },
        { QStringLiteral("co phan"), Column::Weight },
        { QStringLiteral("quyen bieu quyet"), Column::Weight },
        { QStringLiteral("so quyen bieu quyet"), Column::Weight },
        { QStringLiteral("so phieu"), Column::Weight },
        { QStringLiteral("weight"), Column::Weight },
        { QStringLiteral("shares"), Column::Weight },
        { QStringLiteral("votes"), Column::Weight },
        { QStringLiteral("ma"), Column::Id },
        { QStringLiteral("ma so"), Column::Id },
        { QStringLiteral("ma dai bieu"), Column::Id },
        { QStringLiteral("ma co dong"), Column::Id },
        { QStringLiteral("id"), Column::Id },
        { QStringLiteral("pin"), Column::Pin },
        { QStringLiteral("ma pin"), Column::Pin },
    };
    const auto it = words.constFind(fold(header));
    if (it == words.cend())
        return std::nullopt;
    return *it;
}

v1::Role roleFor(const QString &cell)
{
    static const QHash<QString, v1::Role> words = {
        { QString(), v1::ROLE_DELEGATE },
        { QStringLiteral("chu toa"), v1::ROLE_CHAIR },
        { QStringLiteral("chu tri"), v1::ROLE_CHAIR },
        { QStringLiteral("chair"), v1::ROLE_CHAIR },
        { QStringLiteral("chairperson"), v1::ROLE_CHAIR },
        { QStringLiteral("chairman"), v1::ROLE_CHAIR },
        { QStringLiteral("thu ky"), v1::ROLE_SECRETARY },
        { QStringLiteral("secretary"), v1::ROLE_SECRETARY },
        { QStringLiteral("dai bieu"), v1::ROLE_DELEGATE },
        { QStringLiteral("thanh vien"), v1::ROLE_DELEGATE },
        { QStringLiteral("co dong"), v1::ROLE_DELEGATE },
        { QStringLiteral("delegate"), v1::ROLE_DELEGATE },
        { QStringLiteral("member"), v1::ROLE_DELEGATE },
        { QStringLiteral("shareholder"), v1::ROLE_DELEGATE },
        { QStringLiteral("khach moi"), v1::ROLE_OBSERVER },
        { QStringLiteral("quan sat"), v1::ROLE_OBSERVER },
        { QStringLiteral("quan sat vien"), v1::ROLE_OBSERVER },
        { QStringLiteral("du thinh"), v1::ROLE_OBSERVER },
        { QStringLiteral("observer"), v1::ROLE_OBSERVER },
        { QStringLiteral("guest"), v1::ROLE_OBSERVER },
    };
    return words.value(fold(cell), v1::ROLE_UNSPECIFIED);
}

QString slug(const QString &name)
{
    return fold(name).replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace quorum::roster
