#include "formdraft.h"

#include "formvalidation.h"
#include "meetingclient.h"
#include "meetingstate.h"
#include "protocol.h"
#include "refusal.h"
#include "replica.h"

#include <QRandomGenerator>

namespace v1 = quorum::v1;
using quorum::qstr;
using quorum::sstr;

namespace {
bool isChoiceKind(v1::FieldKind kind)
{
    return kind == v1::FIELD_SINGLE_CHOICE || kind == v1::FIELD_MULTIPLE_CHOICE;
}

const QHash<int, QByteArray> &roles()
{
    static const QHash<int, QByteArray> names{ { FormDraft::KindRole, "kind" },
        { FormDraft::LabelViRole, "labelVi" }, { FormDraft::LabelEnRole, "labelEn" },
        { FormDraft::RequiredRole, "isRequired" }, { FormDraft::ChoicesRole, "choices" },
        { FormDraft::MinRole, "min" }, { FormDraft::MaxRole, "max" },
        { FormDraft::MaxChoicesRole, "maxChoices" }, { FormDraft::HasProblemRole, "hasProblem" } };
    return names;
}
} // namespace

FormDraft::FormDraft(QObject *parent)
    : QAbstractListModel(parent)
{
    m_form.set_purpose(v1::FORM_SURVEY);
    recheck();
}

MeetingClient *FormDraft::client() const
{
    return m_client;
}

void FormDraft::setClient(MeetingClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (client) {
        // The rules read the meeting (its items, documents, forms): check again as it changes.
        connect(client, &MeetingClient::currentItemChanged, this, &FormDraft::recheck);
        connect(client, &MeetingClient::welcomed, this, &FormDraft::recheck);
        if (m_form.fields().empty() && m_form.item_id().empty())
            m_form.set_item_id(sstr(client->currentItemId()));
    }
    recheck();
    emit clientChanged();
}

void FormDraft::setState(const quorum::MeetingState *state)
{
    m_state = state;
    recheck();
}

const quorum::MeetingState &FormDraft::state() const
{
    static const quorum::MeetingState empty;
    if (m_client && m_client->replica())
        return m_client->replica()->state();
    return m_state ? *m_state : empty;
}

int FormDraft::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_form.fields_size();
}

QVariant FormDraft::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const v1::FormField &f = m_form.fields(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelViRole:
        return qstr(f.label_vi());
    case KindRole:
        return int(f.kind());
    case LabelEnRole:
        return qstr(f.label_en());
    case RequiredRole:
        return f.required();
    case ChoicesRole:
        return choicesText(f);
    case MinRole:
        return f.min();
    case MaxRole:
        return f.max();
    case MaxChoicesRole:
        return int(f.max_choices());
    case HasProblemRole:
        return m_problemRow == index.row();
    default:
        return {};
    }
}

bool FormDraft::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    v1::FormField &f = *m_form.mutable_fields(index.row());
    switch (role) {
    case LabelViRole:
        f.set_label_vi(sstr(value.toString()));
        break;
    case LabelEnRole:
        f.set_label_en(sstr(value.toString()));
        break;
    case RequiredRole:
        f.set_required(value.toBool());
        break;
    case ChoicesRole: {
        f.clear_choices();
        for (const v1::FormChoice &c : parseChoices(value.toString()))
            *f.add_choices() = c;
        break;
    }
    case MinRole:
        f.set_min(value.toDouble());
        break;
    case MaxRole:
        f.set_max(value.toDouble());
        break;
    case MaxChoicesRole:
        f.set_max_choices(quint32(std::max(0, value.toInt())));
        break;
    case KindRole: {
        const auto kind = v1::FieldKind(value.toInt());
        if (!v1::FieldKind_IsValid(kind) || kind == v1::FIELD_KIND_UNSPECIFIED)
            return false;
        f.set_kind(kind);
        if (!isChoiceKind(kind))
            f.clear_choices(); // the server refuses choices on other kinds
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, { role });
    recheck();
    return true;
}

Qt::ItemFlags FormDraft::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> FormDraft::roleNames() const
{
    return roles();
}

void FormDraft::setTitleVi(const QString &title)
{
    m_form.set_title_vi(sstr(title));
    recheck();
}

void FormDraft::setTitleEn(const QString &title)
{
    m_form.set_title_en(sstr(title));
    recheck();
}

void FormDraft::setAnonymous(bool anonymous)
{
    m_form.set_anonymous(anonymous);
    recheck();
}

void FormDraft::setItemId(const QString &itemId)
{
    m_form.set_item_id(sstr(itemId));
    recheck();
}

void FormDraft::setDocumentId(const QString &documentId)
{
    m_form.set_document_id(sstr(documentId));
    recheck();
}

void FormDraft::addField(int kind)
{
    const auto k = v1::FieldKind(kind);
    if (!v1::FieldKind_IsValid(k) || k == v1::FIELD_KIND_UNSPECIFIED)
        return;
    const int row = m_form.fields_size();
    beginInsertRows({}, row, row);
    v1::FormField *f = m_form.add_fields();
    f->set_id(sstr(newFieldId()));
    f->set_kind(k);
    if (isChoiceKind(k)) {
        // Two empty choices to fill in: a choice field needs two (formvalidation).
        f->add_choices();
        f->add_choices();
    }
    if (k == v1::FIELD_RATING)
        f->set_max(quorum::formlimits::DefaultStars);
    endInsertRows();
    recheck();
}

void FormDraft::removeField(int row)
{
    if (row < 0 || row >= m_form.fields_size())
        return;
    beginRemoveRows({}, row, row);
    m_form.mutable_fields()->erase(m_form.mutable_fields()->begin() + row);
    endRemoveRows();
    recheck();
}

void FormDraft::moveField(int from, int to)
{
    const int n = m_form.fields_size();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    auto *fields = m_form.mutable_fields();
    const int step = to > from ? 1 : -1;
    for (int i = from; i != to; i += step)
        fields->SwapElements(i, i + step);
    endMoveRows();
    recheck();
}

void FormDraft::setField(int row, const QString &role, const QVariant &value)
{
    const int r = roles().key(role.toUtf8(), 0);
    if (r)
        setData(index(row), value, r);
}

void FormDraft::clear()
{
    beginResetModel();
    m_form.Clear();
    m_form.set_purpose(v1::FORM_SURVEY);
    if (m_client)
        m_form.set_item_id(sstr(m_client->currentItemId()));
    endResetModel();
    recheck();
}

v1::FormDefinition FormDraft::definition() const
{
    v1::FormDefinition form = m_form;
    form.set_id(sstr(newFormId()));
    for (v1::FormField &f : *form.mutable_fields()) {
        // What a person typed, without the spaces around it (as the server shows it).
        f.set_label_vi(sstr(qstr(f.label_vi()).trimmed()));
        f.set_label_en(sstr(qstr(f.label_en()).trimmed()));
    }
    form.set_title_vi(sstr(qstr(form.title_vi()).trimmed()));
    form.set_title_en(sstr(qstr(form.title_en()).trimmed()));
    return form;
}

QString FormDraft::send()
{
    recheck();
    if (!m_client || m_problem != 0)
        return {};
    v1::Command command;
    *command.mutable_define_form()->mutable_form() = definition();
    m_sentFormId = qstr(command.define_form().form().id());
    const QString id = m_client->sendCommand(command);
    emit formChanged();
    return id;
}

std::vector<v1::FormChoice> FormDraft::parseChoices(const QString &text)
{
    std::vector<v1::FormChoice> choices;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        v1::FormChoice c;
        c.set_label_vi(sstr((bar < 0 ? line : line.left(bar)).trimmed()));
        if (bar >= 0)
            c.set_label_en(sstr(line.mid(bar + 1).trimmed()));
        choices.push_back(c);
    }
    return choices;
}

QString FormDraft::choicesText(const v1::FormField &field)
{
    QStringList lines;
    for (const v1::FormChoice &c : field.choices()) {
        if (c.label_vi().empty() && c.label_en().empty())
            continue;
        lines << (c.label_en().empty()
                ? qstr(c.label_vi())
                : qstr(c.label_vi()) + QStringLiteral(" | ") + qstr(c.label_en()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString FormDraft::newFieldId() const
{
    // f1, f2, ...: unique in the form (a removed field's number is not reused while others
    // keep theirs, so the ids stay unique).
    int n = 1;
    for (const v1::FormField &f : m_form.fields()) {
        const QString id = qstr(f.id());
        if (id.startsWith(QLatin1Char('f')))
            n = std::max(n, id.mid(1).toInt() + 1);
    }
    return QStringLiteral("f%1").arg(n);
}

QString FormDraft::newFormId() const
{
    // Unique in the meeting (checkFormDefinition refuses an id that exists): a survey's
    // number, then a random tail in case two tablets build one at the same moment.
    const quorum::MeetingState &s = state();
    for (;;) {
        const QString id
            = QStringLiteral("survey-%1-%2")
                  .arg(s.forms.forms.size() + 1)
                  .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
        if (!s.forms.form(id))
            return id;
    }
}

void FormDraft::recheck()
{
    const quorum::MeetingState &s = state();
    v1::FormDefinition form = definition();
    int problem = 0;
    int row = -1;
    QString detail;
    if (const auto refusal = quorum::checkFormDefinition(s, form)) {
        problem = Refusal::of(refusal->error());
        detail = qstr(refusal->error().detail());
        // Which field: none when the form is refused the same way with one plain field
        // instead of its own; else the first prefix of its fields refused that way.
        v1::FormDefinition prefix = form;
        prefix.clear_fields();
        v1::FormField *plain = prefix.add_fields();
        plain->set_id("plain");
        plain->set_kind(v1::FIELD_TEXT);
        plain->set_label_vi("plain");
        const auto formLevel = quorum::checkFormDefinition(s, prefix);
        const bool inForm = formLevel && Refusal::of(formLevel->error()) == problem
            && qstr(formLevel->error().detail()) == detail;
        prefix.clear_fields();
        for (int i = 0; !inForm && i < form.fields_size(); ++i) {
            *prefix.add_fields() = form.fields(i);
            const auto r = quorum::checkFormDefinition(s, prefix);
            if (r && Refusal::of(r->error()) == problem && qstr(r->error().detail()) == detail) {
                row = i;
                break;
            }
        }
    }
    const int oldRow = m_problemRow;
    m_problem = problem;
    m_problemRow = row;
    m_problemDetail = detail;
    for (int r : { oldRow, row }) {
        if (r >= 0 && r < rowCount())
            emit dataChanged(index(r), index(r), { HasProblemRole });
    }
    emit formChanged();
}
