#pragma once

#include "storage/RtlItemRow.h"

#include <QCoreApplication>
#include <QList>

class DocumentComposer;

// The follow-up plan (RTL) of a cycle as a matrix, one group of rows per agency (OPD): the full
// matrix on landscape pages, or a narrower one that fits a portrait page (the handout's).
class RtlMatrixSection {
    Q_DECLARE_TR_FUNCTIONS(RtlMatrixSection)
public:
    enum class Width { Landscape, Portrait };
    static void write(DocumentComposer &composer, const QList<RtlItemRow> &items, Width width);
    static int unapprovedCount(const QList<RtlItemRow> &items);
};
