#include "storage/TableWriter.h"

#include "storage/EntityRow.h"
#include "storage/Workspace.h"

#include <QStringList>

Status TableWriter::save(Workspace &workspace, const QString &table, Entity &entity, const Columns &columns)
{
    Entity stamped = entity;
    if (stamped.isStored())
        EntityRow::stampChanged(stamped);
    else
        EntityRow::stampNew(stamped);

    QStringList names;
    QStringList placeholders;
    for (const auto &column : columns) {
        names.append(column.first);
        placeholders.append(QLatin1Char(':') + column.first);
    }
    QString sql;
    if (stamped.isStored()) {
        QStringList assignments;
        for (const QString &name : names)
            assignments.append(name + QStringLiteral(" = :") + name);
        sql = QStringLiteral("UPDATE %1 SET %2, updated_at = :updated_at WHERE id = :id").arg(table, assignments.join(QStringLiteral(", ")));
    } else {
        sql = QStringLiteral("INSERT INTO %1 (uuid, created_at, updated_at, %2) VALUES (:uuid, :created_at, :updated_at, %3)")
                  .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    }
    SqlQuery query = SqlQuery::reused(workspace, sql);
    if (stamped.isStored()) {
        query.bind(QStringLiteral(":id"), stamped.id).bind(QStringLiteral(":updated_at"), SqlValue::from(stamped.updatedAt));
    } else {
        query.bind(QStringLiteral(":uuid"), stamped.uuid)
            .bind(QStringLiteral(":created_at"), SqlValue::from(stamped.createdAt))
            .bind(QStringLiteral(":updated_at"), SqlValue::from(stamped.updatedAt));
    }
    for (const auto &column : columns) {
        // An empty text field is stored as '' (the columns are NOT NULL); absent values are invalid QVariants.
        const bool nullText = column.second.typeId() == QMetaType::QString && column.second.toString().isNull();
        query.bind(QLatin1Char(':') + column.first, nullText ? QVariant(QStringLiteral("")) : column.second);
    }
    if (Status status = query.exec(); !status)
        return status;
    if (stamped.isStored() && query.rowsAffected() == 0)
        return Error{tr("The record to change no longer exists in the workspace.")};
    if (!stamped.isStored())
        stamped.id = query.lastInsertId();
    entity = stamped;
    return {};
}

Status TableWriter::remove(Workspace &workspace, const QString &table, qint64 id)
{
    SqlQuery query(workspace, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    return query.exec();
}
