#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/GrowthChartDrawing.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QMap>
#include <memory>

class DocumentComposer;
class Workspace;
struct Measurement;
struct Subject;

// The growth chart sheet of a child case (BADUTA or BALITA), like the KMS card: length/height-for-
// age, weight-for-age and weight-for-length/height on the WHO curves for the child's sex, with every
// stored measurement (monitoring visits included), then a table of the measurements with their
// z-scores and categories. Anonymised: the case code, group, sex and age band; an internal copy
// adds the name and birth date.
class GrowthChartDocument {
    Q_DECLARE_TR_FUNCTIONS(GrowthChartDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

    // The three charts of a child (its measurements, oldest first).
    struct Charts {
        std::shared_ptr<GrowthChartDrawing> lengthForAge;
        std::shared_ptr<GrowthChartDrawing> weightForAge;
        std::shared_ptr<GrowthChartDrawing> weightForLength;  // weight-for-height for a BALITA
    };
    static Charts charts(const Subject &subject, const QList<Measurement> &measurements);

private:
    static void writeTable(DocumentComposer &composer, const Subject &subject, const QList<Measurement> &measurements,
                           const QMap<qint64, int> &monitoringMonths, bool internal);
};
