#pragma once

#include "audit/CycleSummary.h"

#include <QCoreApplication>

class DocumentComposer;

// The Sipasti stages 1 to 4 a cycle reached, with the date of each or what it still lacks, as
// they can be reported to BKKBN's Sipasti.
class SipastiStageSection {
    Q_DECLARE_TR_FUNCTIONS(SipastiStageSection)
public:
    static void write(DocumentComposer &composer, const CycleSummary &summary);
};
