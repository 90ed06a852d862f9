#include "storage/WorksheetRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

Result<QStringList> WorksheetRepository::editions(TargetGroup group) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT DISTINCT edition FROM worksheet_item WHERE target_group = :group ORDER BY edition"));
    query.bind(QStringLiteral(":group"), enumCode(group));
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    QStringList editions;
    while (query.next())
        editions.append(query.value(0).toString());
    return editions;
}

Result<QString> WorksheetRepository::latestEdition(TargetGroup group) const
{
    auto all = editions(group);
    if (!all)
        return Error{all.error()};
    return all->isEmpty() ? QString() : all->last();
}

Result<QList<WorksheetItem>> WorksheetRepository::items(TargetGroup group, const QString &edition) const
{
    QString wanted = edition;
    if (wanted.isEmpty()) {
        auto latest = latestEdition(group);
        if (!latest)
            return Error{latest.error()};
        wanted = *latest;
    }
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM worksheet_item WHERE target_group = :group AND edition = :edition ORDER BY position, id"));
    query.bind(QStringLiteral(":group"), enumCode(group));
    query.bind(QStringLiteral(":edition"), wanted);
    return QueryRows::list<WorksheetItem>(query, [](const SqlQuery &q, WorksheetItem &i) {
        i.group = enumFromCode<TargetGroup>(q.value(QStringLiteral("target_group")).toString()).value_or(TargetGroup::Baduta);
        i.edition = q.value(QStringLiteral("edition")).toString();
        i.section = q.value(QStringLiteral("section")).toString();
        i.code = q.value(QStringLiteral("code")).toString();
        i.label = q.value(QStringLiteral("label")).toString();
        i.labelEn = q.value(QStringLiteral("label_en")).toString();
        i.definition = q.value(QStringLiteral("definition")).toString();
        i.usualSource = q.value(QStringLiteral("usual_source")).toString();
        i.position = q.value(QStringLiteral("position")).toInt();
    });
}

Status WorksheetRepository::save(WorksheetItem &i)
{
    return TableWriter::save(m_workspace, QStringLiteral("worksheet_item"), i,
                             {{QStringLiteral("target_group"), enumCode(i.group)},
                              {QStringLiteral("edition"), i.edition},
                              {QStringLiteral("section"), i.section},
                              {QStringLiteral("code"), i.code},
                              {QStringLiteral("label"), i.label},
                              {QStringLiteral("label_en"), i.labelEn},
                              {QStringLiteral("definition"), i.definition},
                              {QStringLiteral("usual_source"), i.usualSource},
                              {QStringLiteral("position"), i.position}});
}
