#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <memory>

class DocumentComposer;
class Workspace;
struct AuditCase;
struct ExpertReview;
struct Subject;

// One case's audit worksheet as its review stored it: the header, the subject's identity, every
// answer with its source and whether it was verified, the causes seen by the technical team and
// by the experts side by side, the conclusion, the recommendations and the experts who signed.
// It names the family, so it exists only as an internal copy.
class FilledWorksheetDocument {
    Q_DECLARE_TR_FUNCTIONS(FilledWorksheetDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

    // How a stored answer's source is printed: "Computed by Tuntas", a known source's name, or the text.
    static QString sourceName(const QString &source);

private:
    static Status writeAnswers(Workspace &workspace, DocumentComposer &composer, const Subject &subject, const ExpertReview &review);
    static Status writeCauses(Workspace &workspace, DocumentComposer &composer, const ExpertReview &review);
    static void writeConclusion(DocumentComposer &composer, const ExpertReview &review);
    static Status writeSignatures(Workspace &workspace, DocumentComposer &composer, const AuditCase &auditCase, const ExpertReview &review);
};
