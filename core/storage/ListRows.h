#pragma once

#include "domain/ActionStatus.h"
#include "domain/CaseOutcome.h"
#include "domain/Measurement.h"
#include "domain/Sex.h"
#include "domain/TargetGroup.h"

#include <QDate>
#include <QString>
#include <optional>

// Flat rows for the main window's lists, read in one query each.

struct SubjectRow {
    qint64 id = 0;
    QString name;
    TargetGroup group = TargetGroup::Baduta;
    std::optional<Sex> sex;
    QDate birthDate;
    QString desa;
    QString kecamatan;
    std::optional<Measurement> lastMeasurement;  // its values and stored z-scores
};

struct CaseRow {
    qint64 id = 0;
    QString caseCode;
    TargetGroup group = TargetGroup::Baduta;
    QString desa;
    QString reasons;  // stored codes, comma-separated
    bool reviewSigned = false;
    std::optional<CaseOutcome> outcome;
};

struct ActionItemRow {
    qint64 id = 0;
    QString caseCode;  // empty for a general item
    QString activity;
    QString agency;
    QDate dueDate;
    ActionStatus status = ActionStatus::Planned;
};
