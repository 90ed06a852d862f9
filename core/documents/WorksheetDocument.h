#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"
#include "domain/TargetGroup.h"

#include <QCoreApplication>
#include <memory>

class DocumentComposer;
class Workspace;
struct WorkspaceSettings;

// The audit worksheet (KKA, kertas kerja audit). Without a case code: the blank worksheet of a
// target group (of every group, each from a new page, when none is asked for) from the items of
// its latest edition, to fill by hand on a home visit. With a case code: that case's worksheet as
// its review stored it (FilledWorksheetDocument), an internal copy only.
class WorksheetDocument {
    Q_DECLARE_TR_FUNCTIONS(WorksheetDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

    // The title every worksheet carries (the guidance's "Kertas Kerja Audit Kasus Stunting").
    static QString title();

private:
    static Status writeBlank(Workspace &workspace, DocumentComposer &composer, const WorkspaceSettings &settings, TargetGroup group);
};
