#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <memory>

class Workspace;

// Builds the document a request asks for, or says in a sentence why it cannot: the cycle,
// meeting or case does not exist, or lacks what the document needs.
class DocumentCatalogue {
    Q_DECLARE_TR_FUNCTIONS(DocumentCatalogue)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);
};
