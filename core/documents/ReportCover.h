#pragma once

#include "documents/SignatureBlock.h"
#include "domain/Cycle.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

class ContentsPage;
class DocumentComposer;
struct WorkspaceSettings;

// The first two pages of the cycle report: the cover (title, district, cycle, the logo, the
// issuing team and office) and the approval page (lembar pengesahan) with its two signatures.
class ReportCover {
    Q_DECLARE_TR_FUNCTIONS(ReportCover)
public:
    static void cover(DocumentComposer &composer, const WorkspaceSettings &settings, const Cycle &cycle);
    // Marks its start as the given entry of the contents.
    static void approval(DocumentComposer &composer, const WorkspaceSettings &settings, const Cycle &cycle,
                         const QList<QPair<QString, QString>> &facts, const QList<SignatureBlock> &signers, ContentsPage &contents,
                         int entry);
    static QString reportTitle(const WorkspaceSettings &settings, const Cycle &cycle);  // one line
};
