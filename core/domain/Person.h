#pragma once

#include "domain/Entity.h"

// Someone the workspace knows: team members, meeting attendees, signers.
struct Person : Entity {
    QString frontTitle;  // "dr."
    QString name;
    QString backTitle;   // "Sp.A, M.Kes"
    QString nip;         // 18 digits, empty for non-civil-servants
    QString rankGrade;   // "Pembina / IV a"
    QString position;    // jabatan
    qint64 agencyId = 0;
    QString speciality;
    QString phone;

    // "dr. Siti Aminah, Sp.A"
    QString fullName() const
    {
        QString result = frontTitle.isEmpty() ? name : frontTitle + QLatin1Char(' ') + name;
        if (!backTitle.isEmpty())
            result += QStringLiteral(", ") + backTitle;
        return result;
    }
};
