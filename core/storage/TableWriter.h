#pragma once

#include "Result.h"
#include "domain/Entity.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QVariant>

class Workspace;

using Columns = QList<QPair<QString, QVariant>>;

// Writes one entity's row: an insert when it is new (stamping UUID and times), an update of the
// given columns otherwise. Table and column names come from code, never from user input.
class TableWriter {
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    static Status save(Workspace &workspace, const QString &table, Entity &entity, const Columns &columns);
    static Status remove(Workspace &workspace, const QString &table, qint64 id);
};
