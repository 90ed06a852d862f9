#pragma once

#include <QMap>
#include <QString>

// The thresholds of maternal and bride risk screening (domain.md section 4). Districts and
// editions of the guidance differ, so each is a workspace setting ("risk.<name>") with this default.
struct RiskThresholds {
    double muacCm = 23.5;          // KEK below
    double hbPregnant = 11.0;      // anaemia below, pregnant
    double hbNotPregnant = 12.0;   // anaemia below, bride or postpartum
    double bmiUnderweight = 18.5;  // underweight below
    int tooYoungYears = 20;        // below
    int tooOldYears = 35;          // above
    int spacingMonths = 24;        // birth spacing below
    int tooManyChildren = 3;       // above
    double shortStatureCm = 150;   // below
    int antenatalVisits = 6;       // fewer than
    int ironTablets = 90;          // fewer than

    QMap<QString, QString> toMap() const;
    static RiskThresholds fromMap(const QMap<QString, QString> &values);  // unknown or unreadable keys keep defaults
};
