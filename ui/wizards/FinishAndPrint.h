#pragma once

#include "documents/DocumentRequest.h"

#include <QCoreApplication>
#include <functional>

class QWizard;
class Workspace;

// Gives a stage wizard's last page a "Finish and print…" button beside Finish: it finishes the
// wizard as Finish does (storing what it holds, or staying open when that fails) and then opens
// the document dialog on the stage's document, e.g. the decree attachment after the team.
class FinishAndPrint {
    Q_DECLARE_TR_FUNCTIONS(FinishAndPrint)
public:
    // request gives the document to preset once the wizard has stored its work.
    static void install(QWizard *wizard, Workspace &workspace, qint64 cycleId, std::function<DocumentRequest()> request);
};
