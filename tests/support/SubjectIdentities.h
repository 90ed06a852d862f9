#pragma once

#include "domain/DateText.h"
#include "storage/SubjectRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

// What would identify a subject of a workspace if a document printed it: names (its own, its
// parents' and spouse's), NIK, family card number, and its birth date as documents write dates.
class SubjectIdentities {
public:
    explicit SubjectIdentities(Workspace &workspace) : m_subjects(SubjectRepository(workspace).all().value_or({})) {}

    const QList<Subject> &subjects() const { return m_subjects; }

    // The identities found in text, except the dates in `allowedDates` (dates the document prints
    // for its own reasons, e.g. the meeting's, which a birth date may equal).
    QStringList foundIn(const QString &text, const QSet<QDate> &allowedDates = {}) const
    {
        const QString flat = text.simplified();
        QStringList found;
        for (const Subject &subject : m_subjects) {
            for (const QString &name : {subject.name, subject.motherName, subject.fatherName, subject.spouseName}) {
                if (!name.trimmed().isEmpty() && contains(flat, name.simplified()))
                    found << name;
            }
            for (const QString &number : {subject.nik, subject.kkNumber}) {
                if (!number.isEmpty() && flat.contains(number))
                    found << number;
            }
            if (!subject.birthDate.isValid() || allowedDates.contains(subject.birthDate))
                continue;
            for (const QString &date : {DateText::date(subject.birthDate), subject.birthDate.toString(QStringLiteral("dd-MM-yyyy")),
                                        subject.birthDate.toString(QStringLiteral("dd/MM/yyyy")), subject.birthDate.toString(Qt::ISODate)}) {
                if (contains(flat, date))
                    found << date;
            }
        }
        return found;
    }

private:
    static bool contains(const QString &text, const QString &phrase)
    {
        return text.contains(QRegularExpression(QStringLiteral("(^|\\W)%1($|\\W)").arg(QRegularExpression::escape(phrase))));
    }

    QList<Subject> m_subjects;
};
