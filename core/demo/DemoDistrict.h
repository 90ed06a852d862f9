#pragma once

#include "Result.h"

#include <QDate>

class Workspace;

// Fills an empty workspace with an invented district: regions, agencies, an audit team, about
// 300 subjects with measurements, a finished cycle and one in progress. The same date always
// gives the same district, so tests and screenshots are reproducible.
class DemoDistrict {
public:
    static Status populate(Workspace &workspace, const QDate &today = QDate::currentDate());
};
