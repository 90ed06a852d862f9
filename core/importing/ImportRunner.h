#pragma once

#include "Result.h"
#include "importing/ImportPlan.h"

#include <QCoreApplication>
#include <functional>

// Stores an import plan in one transaction: all rows or none. A cancelled or failed import leaves
// the workspace exactly as it was.
class ImportRunner {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
public:
    struct Counts {
        int newSubjects = 0;
        int updatedSubjects = 0;  // known people given values from the file
        int measurements = 0;
        int skipped = 0;
    };
    // progress(done, total) returns false to cancel. Rows with problems stop the import unless
    // skipBad, in which case they are left out.
    static Result<Counts> write(Workspace &workspace, const ImportPlan &plan, bool skipBad,
                                const std::function<bool(int, int)> &progress = {});
};
