#pragma once

#include "Result.h"
#include "domain/DataSource.h"
#include "domain/TargetGroup.h"
#include "importing/ColumnMapping.h"
#include "importing/ImportRow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

class Workspace;

// Everything an import would store, read and checked without writing anything: each row as it
// will be stored, its problems, and who it matches in the file or the workspace.
class ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    TargetGroup group = TargetGroup::Baduta;
    DataSource source = DataSource::Eppgbm;
    ColumnMapping mapping;
    QStringList header;
    QList<ImportRow> rows;

    int rejectedCount() const;
    int matchedCount() const;  // rows joining a subject already in the workspace or earlier in the file

    // mapping: a remembered or corrected one; proposed from the header when absent.
    static Result<ImportPlan> build(Workspace &workspace, const QByteArray &data, TargetGroup group, DataSource source,
                                    std::optional<ColumnMapping> mapping = std::nullopt);
};
