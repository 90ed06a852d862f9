#include "storage/CauseTaxonomyRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

#include <QRegularExpression>

namespace {
QString codeFromLabel(const QString &label)
{
    QString code = label.normalized(QString::NormalizationForm_KD).toLower();
    code.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    code = code.mid(0, 40);
    while (code.startsWith(QLatin1Char('_')))
        code.remove(0, 1);
    while (code.endsWith(QLatin1Char('_')))
        code.chop(1);
    return code.isEmpty() ? QStringLiteral("cause") : code;
}
}

Result<QList<CauseCategory>> CauseTaxonomyRepository::all() const
{
    return read(true);
}

Result<QList<CauseCategory>> CauseTaxonomyRepository::offered() const
{
    return read(false);
}

Result<QList<CauseCategory>> CauseTaxonomyRepository::read(bool withRetired) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM cause_category WHERE :all OR retired = 0 ORDER BY is_direct DESC, position, id"));
    query.bind(QStringLiteral(":all"), withRetired);
    return QueryRows::list<CauseCategory>(query, [](const SqlQuery &q, CauseCategory &c) {
        c.code = q.value(QStringLiteral("code")).toString();
        c.label = q.value(QStringLiteral("label")).toString();
        c.labelEn = q.value(QStringLiteral("label_en")).toString();
        c.isDirect = q.value(QStringLiteral("is_direct")).toBool();
        c.position = q.value(QStringLiteral("position")).toInt();
        c.retired = q.value(QStringLiteral("retired")).toBool();
    });
}

Status CauseTaxonomyRepository::save(CauseCategory &cause)
{
    if (cause.label.trimmed().isEmpty())
        return Error{tr("A cause needs a label.")};
    CauseCategory draft = cause;
    draft.label = draft.label.trimmed();
    draft.labelEn = draft.labelEn.trimmed();
    Status status = m_workspace.write([&]() -> Status {
        if (!draft.isStored()) {
            auto existing = all();
            if (!existing)
                return Error{existing.error()};
            QStringList codes;
            int last = 0;
            for (const CauseCategory &other : *existing) {
                codes.append(other.code);
                last = qMax(last, other.position);
            }
            const QString base = draft.code.isEmpty() ? codeFromLabel(draft.label) : draft.code;
            draft.code = base;
            for (int n = 2; codes.contains(draft.code); ++n)
                draft.code = QStringLiteral("%1_%2").arg(base).arg(n);
            if (draft.position == 0)
                draft.position = last + 1;
        }
        return TableWriter::save(m_workspace, QStringLiteral("cause_category"), draft,
                                 {{QStringLiteral("code"), draft.code},
                                  {QStringLiteral("label"), draft.label},
                                  {QStringLiteral("label_en"), draft.labelEn},
                                  {QStringLiteral("is_direct"), draft.isDirect},
                                  {QStringLiteral("position"), draft.position},
                                  {QStringLiteral("retired"), draft.retired}});
    });
    if (status)
        cause = draft;
    return status;
}

Status CauseTaxonomyRepository::save(QList<CauseCategory> &causes)
{
    QList<CauseCategory> draft = causes;
    Status status = m_workspace.write([&]() -> Status {
        for (CauseCategory &cause : draft) {
            if (Status stored = save(cause); !stored)
                return stored;
        }
        return {};
    });
    if (status)
        causes = draft;
    return status;
}

Status CauseTaxonomyRepository::setRetired(qint64 id, bool retired)
{
    SqlQuery query(m_workspace, QStringLiteral("UPDATE cause_category SET retired = :retired, updated_at = :now WHERE id = :id"));
    query.bind(QStringLiteral(":retired"), retired);
    query.bind(QStringLiteral(":now"), SqlValue::from(SqlValue::now()));
    query.bind(QStringLiteral(":id"), id);
    return m_workspace.write([&] { return query.exec(); });
}
