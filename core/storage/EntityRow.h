#pragma once

#include "domain/Entity.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValue.h"

// The bookkeeping columns every table shares: id, uuid, created_at, updated_at.
class EntityRow {
public:
    // Before an insert: a new UUID unless the row already has one (merged from another laptop).
    static void stampNew(Entity &entity)
    {
        if (entity.uuid.isEmpty())
            entity.uuid = SqlValue::newUuid();
        entity.createdAt = entity.updatedAt = SqlValue::now();
    }
    static void stampChanged(Entity &entity) { entity.updatedAt = SqlValue::now(); }

    // Binds :id, :uuid, :created_at and :updated_at.
    static void bind(SqlQuery &query, const Entity &entity)
    {
        query.bind(QStringLiteral(":id"), SqlValue::id(entity.id))
            .bind(QStringLiteral(":uuid"), entity.uuid)
            .bind(QStringLiteral(":created_at"), SqlValue::from(entity.createdAt))
            .bind(QStringLiteral(":updated_at"), SqlValue::from(entity.updatedAt));
    }

    // Reads the columns named id, uuid, created_at and updated_at of the current row (of an
    // SqlQuery or an SqliteStatement).
    template <typename Query>
    static void read(const Query &query, Entity &entity)
    {
        entity.id = query.value(QStringLiteral("id")).toLongLong();
        entity.uuid = query.value(QStringLiteral("uuid")).toString();
        entity.createdAt = SqlValue::toDateTime(query.value(QStringLiteral("created_at")));
        entity.updatedAt = SqlValue::toDateTime(query.value(QStringLiteral("updated_at")));
    }
};
