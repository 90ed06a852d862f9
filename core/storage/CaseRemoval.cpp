#include "storage/CaseRemoval.h"

#include "domain/CycleStatus.h"
#include "storage/ForeignKeyGraph.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace {
const QString CaseTable = QStringLiteral("audit_case");
const QString ItemTable = QStringLiteral("action_item");

// Ids are integers read from the database, so listing them in the SQL text is safe.
QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(QLatin1Char(','));
}

QList<qint64> idsOf(const QList<SnapshotRow> &rows, const QString &table)
{
    QList<qint64> ids;
    for (const SnapshotRow &row : rows) {
        if (row.table == table)
            ids.append(row.id());
    }
    return ids;
}

QString key(const QString &table, qint64 id)
{
    return table + QLatin1Char('#') + QString::number(id);
}
}

Result<CaseSnapshot> CaseRemoval::collect(qint64 caseId, const ForeignKeyGraph &graph) const
{
    SqlQuery root(m_workspace, QStringLiteral("SELECT * FROM audit_case WHERE id = :id"));
    root.bind(QStringLiteral(":id"), caseId);
    if (Status status = root.exec(); !status)
        return Error{status.error()};
    if (!root.next())
        return Error{tr("The case to delete is no longer in the workspace.")};

    CaseSnapshot snapshot;
    snapshot.caseId = caseId;
    snapshot.caseCode = root.value(QStringLiteral("case_code")).toString();
    QList<SnapshotRow> found{{CaseTable, root.record(), QString()}};
    QSet<QString> removedKeys{key(CaseTable, caseId)};
    QList<SnapshotRow> detached;
    QSet<QString> detachedKeys;

    // Breadth first from the case: every row referring to a removed row goes too, unless the
    // reference is ON DELETE SET NULL, in which case the row stays and only loses the reference.
    QList<QPair<QString, QList<qint64>>> pending{{CaseTable, {caseId}}};
    while (!pending.isEmpty()) {
        const auto [parent, parentIds] = pending.takeFirst();
        for (const ForeignKeyGraph::Reference &reference : graph.referencesTo(parent)) {
            SqlQuery children(m_workspace, QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3) ORDER BY id")
                                               .arg(reference.table, reference.column, idList(parentIds)));
            if (Status status = children.exec(); !status)
                return Error{status.error()};
            QList<qint64> added;
            while (children.next()) {
                SnapshotRow row{reference.table, children.record(), QString()};
                const QString rowKey = key(row.table, row.id());
                if (removedKeys.contains(rowKey))
                    continue;
                if (reference.setsNull) {
                    if (!detachedKeys.contains(rowKey + reference.column)) {
                        detachedKeys.insert(rowKey + reference.column);
                        row.nulledColumn = reference.column;
                        detached.append(row);
                    }
                    continue;
                }
                removedKeys.insert(rowKey);
                added.append(row.id());
                found.append(row);
            }
            if (!added.isEmpty())
                pending.append({reference.table, added});
        }
    }

    QStringList tables;
    for (const SnapshotRow &row : found) {
        if (!tables.contains(row.table))
            tables.append(row.table);
    }
    for (const QString &table : graph.parentsFirst(tables)) {
        QList<SnapshotRow> rows;
        for (const SnapshotRow &row : found) {
            if (row.table == table)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), [](const SnapshotRow &a, const SnapshotRow &b) { return a.id() < b.id(); });
        snapshot.removed.append(rows);
    }
    for (const SnapshotRow &row : detached) {
        if (!removedKeys.contains(key(row.table, row.id())))
            snapshot.detached.append(row);
    }
    return snapshot;
}

Status CaseRemoval::refusal(const CaseSnapshot &snapshot) const
{
    SqlQuery cycle(m_workspace, QStringLiteral("SELECT cycle.status, cycle.number, cycle.year FROM cycle "
                                               "JOIN audit_case ON audit_case.cycle_id = cycle.id WHERE audit_case.id = :case"));
    cycle.bind(QStringLiteral(":case"), snapshot.caseId);
    if (Status status = cycle.exec(); !status)
        return status;
    if (cycle.next() && enumFromCode<CycleStatus>(cycle.value(0).toString()) == CycleStatus::Closed) {
        return Error{tr("Case %1 belongs to cycle %2 of %3, which is closed; the cases of a closed cycle cannot be deleted.")
                         .arg(snapshot.caseCode)
                         .arg(cycle.value(1).toInt())
                         .arg(cycle.value(2).toInt())};
    }

    const QList<qint64> items = idsOf(snapshot.removed, ItemTable);
    if (items.isEmpty())
        return {};
    SqlQuery carried(m_workspace, QStringLiteral("SELECT COUNT(*) FROM action_item WHERE carried_from_id IN (%1)").arg(idList(items)));
    if (Status status = carried.exec(); !status)
        return status;
    if (carried.next() && carried.value(0).toInt() > 0) {
        return Error{tr("Case %1 cannot be deleted: %n of its RTL item(s) were carried into another cycle, which still follows them.", nullptr,
                        carried.value(0).toInt())
                         .arg(snapshot.caseCode)};
    }
    return {};
}

Result<CaseSnapshot> CaseRemoval::preview(qint64 caseId) const
{
    auto graph = ForeignKeyGraph::read(m_workspace);
    if (!graph)
        return Error{graph.error()};
    auto snapshot = collect(caseId, *graph);
    if (!snapshot)
        return snapshot;
    if (Status refused = refusal(*snapshot); !refused)
        return Error{refused.error()};
    return snapshot;
}

Result<CaseSnapshot> CaseRemoval::remove(qint64 caseId)
{
    std::optional<CaseSnapshot> taken;
    Status status = m_workspace.write([&]() -> Status {
        auto snapshot = preview(caseId);  // inside the transaction: what is copied is what is deleted
        if (!snapshot)
            return Error{snapshot.error()};
        for (auto row = snapshot->removed.crbegin(); row != snapshot->removed.crend(); ++row) {
            SqlQuery remove(m_workspace, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(row->table));
            remove.bind(QStringLiteral(":id"), row->id());
            if (Status deleted = remove.exec(); !deleted)
                return Error{tr("Case %1 could not be deleted; nothing was changed. %2").arg(snapshot->caseCode, deleted.error())};
        }
        taken = std::move(snapshot.value());
        return {};
    });
    if (!status)
        return Error{status.error()};
    return *taken;
}

Status CaseRemoval::placeIsFree(const CaseSnapshot &snapshot) const
{
    if (snapshot.removed.isEmpty())
        return Error{tr("There is nothing to restore.")};
    const QSqlRecord &auditCase = snapshot.removed.first().record;
    SqlQuery taken(m_workspace, QStringLiteral("SELECT COUNT(*) FROM audit_case WHERE id = :id OR case_code = :code "
                                               "OR (cycle_id = :cycle AND (audit_number = :number OR subject_id = :subject))"));
    taken.bind(QStringLiteral(":id"), auditCase.value(QStringLiteral("id")))
        .bind(QStringLiteral(":code"), auditCase.value(QStringLiteral("case_code")))
        .bind(QStringLiteral(":cycle"), auditCase.value(QStringLiteral("cycle_id")))
        .bind(QStringLiteral(":number"), auditCase.value(QStringLiteral("audit_number")))
        .bind(QStringLiteral(":subject"), auditCase.value(QStringLiteral("subject_id")));
    if (Status status = taken.exec(); !status)
        return status;
    if (taken.next() && taken.value(0).toInt() > 0) {
        return Error{tr("Case %1 cannot be put back: since it was deleted, its cycle has been given a case with the same code, "
                        "audit number or subject.")
                         .arg(snapshot.caseCode)};
    }
    return {};
}

Status CaseRemoval::restore(const CaseSnapshot &snapshot)
{
    return m_workspace.write([&]() -> Status {
        // References between restored rows are checked when the whole restore is done.
        SqlQuery defer(m_workspace, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        if (Status status = defer.exec(); !status)
            return status;
        if (Status free = placeIsFree(snapshot); !free)
            return free;
        const QString failed = tr("Case %1 could not be restored; the workspace was left as it was. %2");
        for (const SnapshotRow &row : snapshot.removed) {
            QStringList names;
            QStringList placeholders;
            for (int i = 0; i < row.record.count(); ++i) {
                names.append(row.record.fieldName(i));
                placeholders.append(QStringLiteral(":v%1").arg(i));
            }
            SqlQuery insert(m_workspace, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                             .arg(row.table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
            for (int i = 0; i < row.record.count(); ++i)
                insert.bind(placeholders.at(i), row.record.value(i));
            if (Status status = insert.exec(); !status)
                return Error{failed.arg(snapshot.caseCode, status.error())};
        }
        // Only the reference the delete cleared, and only if nobody has set it since.
        for (const SnapshotRow &row : snapshot.detached) {
            SqlQuery update(m_workspace, QStringLiteral("UPDATE %1 SET %2 = :value WHERE id = :id AND %2 IS NULL").arg(row.table, row.nulledColumn));
            update.bind(QStringLiteral(":value"), row.record.value(row.nulledColumn)).bind(QStringLiteral(":id"), row.id());
            if (Status status = update.exec(); !status)
                return Error{failed.arg(snapshot.caseCode, status.error())};
        }
        return {};
    });
}
