#pragma once

#include "Result.h"
#include "importing/ImportPlan.h"

#include <QCoreApplication>

// The rows an import left out, written back as CSV with the file's own columns and one more that
// says what is wrong, so that they can be corrected in a spreadsheet and imported again.
class RejectedRowsFile {
    Q_DECLARE_TR_FUNCTIONS(RejectedRowsFile)
public:
    // Returns how many rows were written.
    static Result<int> write(const ImportPlan &plan, const QString &path);
};
