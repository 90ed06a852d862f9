#pragma once

#include "domain/Entity.h"
#include "domain/ReportPart.h"

#include <QString>

// The text a user wrote for one narrative part of a cycle's report. A part never written, or
// emptied, is printed with its default paragraph built from the data (ReportNarrative).
struct ReportText : Entity {
    qint64 cycleId = 0;
    ReportPart part = ReportPart::Background;
    QString body;  // paragraphs separated by line breaks

    bool isWritten() const { return !body.trimmed().isEmpty(); }
};
