#pragma once

#include "domain/Entity.h"
#include "domain/Sex.h"
#include "domain/TargetGroup.h"

#include <QDate>
#include <optional>

// A sasaran: a bride, mother or child known to the workspace, with identity down to RT/RW.
struct Subject : Entity {
    TargetGroup group = TargetGroup::Baduta;
    QString name;
    QString nik;       // 16 digits, may be empty (babies)
    QString kkNumber;  // family card number, text
    std::optional<Sex> sex;
    QDate birthDate;
    qint64 desaId = 0;
    qint64 posyanduId = 0;
    QString dusun;
    QString rw;
    QString rt;
    QString address;
    QString motherName;
    QString fatherName;
    QString spouseName;
    QString phone;
    std::optional<int> birthWeightG;
    std::optional<double> birthLengthCm;
    QDate marriageDate;  // planned, for brides
    QString notes;
};
