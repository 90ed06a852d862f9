#pragma once

#include "documents/CaseProfile.h"

#include <QCoreApplication>

class DocumentComposer;

// The table of a cycle's cases by kecamatan and target group, with totals.
class CaseSpreadSection {
    Q_DECLARE_TR_FUNCTIONS(CaseSpreadSection)
public:
    static void write(DocumentComposer &composer, const QList<CaseProfile> &cases);
};
