#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Workspace;

// The cycle a --cycle value such as "2026-1" names.
class CycleArgument {
    Q_DECLARE_TR_FUNCTIONS(CycleArgument)
public:
    static Result<qint64> find(Workspace &workspace, const QString &label);
};
