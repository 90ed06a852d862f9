#pragma once

#include "Result.h"
#include "domain/DataSource.h"
#include "domain/TargetGroup.h"
#include "importing/ColumnMapping.h"
#include "importing/ImportLookup.h"
#include "importing/ImportRow.h"
#include "importing/ImportTable.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
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
    int duplicateCount() const;  // rows of a person already in the workspace or earlier in the file

    // The fields a file must have a column for, for this group.
    static QList<ImportField> requiredFields(TargetGroup group);

    // Checks every row; needs no database, so it may run on another thread. mapping: a
    // remembered or corrected one, proposed from the header when absent. progress(done, total)
    // returns false to cancel.
    static Result<ImportPlan> build(const ImportLookup &lookup, const ImportTable &table, TargetGroup group, DataSource source,
                                    std::optional<ColumnMapping> mapping = std::nullopt,
                                    const std::function<bool(int, int)> &progress = {});
    // The same, reading what it needs of the workspace first.
    static Result<ImportPlan> build(Workspace &workspace, const ImportTable &table, TargetGroup group, DataSource source,
                                    std::optional<ColumnMapping> mapping = std::nullopt);

private:
    void matchDuplicates(const ImportLookup &lookup);
};
