#pragma once

#include "DemoWorkspace.h"
#include "Language.h"
#include "RenderedPdf.h"
#include "domain/DateText.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SubjectRepository.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QStringList>

// The demo district for the evaluation and cycle report tests: its finished cycle and the one in
// progress, and every identity of its subjects that an anonymised report must not print.
struct ReportFixture {
    DemoWorkspace demo;
    Workspace &w = demo.workspace();
    Cycle finished;
    Cycle current;

    ReportFixture()
    {
        Language::apply(QStringLiteral("en"));
        auto cycles = CycleRepository(w).all();
        REQUIRE(cycles.ok());
        for (const Cycle &cycle : *cycles) {
            if (cycle.status == CycleStatus::Closed)
                finished = cycle;
            else
                current = cycle;
        }
        REQUIRE(finished.isStored());
        REQUIRE(current.isStored());
    }

    qint64 missingCycleId() const { return qMax(finished.id, current.id) + 100; }

    // What an anonymised report of the cycle must not print: the names (the subject's and the
    // parents'), NIK, family card numbers and addresses of every subject of the workspace, and the
    // birth dates of the cycle's cases as a document might write them. (Birth dates of subjects the
    // report is not about are left out: they may fall on a visit or meeting date the report rightly
    // prints. A name shared with a member of the team is left out too: the team signs the report.)
    QStringList identities(qint64 cycleId)
    {
        auto subjects = SubjectRepository(w).all();
        auto people = PeopleRepository(w).people();
        auto cases = CaseRepository(w).forCycle(cycleId);
        REQUIRE(subjects.ok());
        REQUIRE(people.ok());
        REQUIRE(cases.ok());
        REQUIRE(!subjects->isEmpty());
        QStringList officials;
        for (const Person &person : *people)
            officials << person.name;
        QList<qint64> audited;
        for (const AuditCase &auditCase : *cases)
            audited << auditCase.subjectId;
        QStringList result;
        for (const Subject &s : *subjects) {
            for (const QString &value : {s.name, s.motherName, s.fatherName, s.spouseName, s.nik, s.kkNumber, s.address}) {
                if (!value.trimmed().isEmpty() && !officials.contains(value.trimmed()))
                    result << value.trimmed();
            }
            if (s.birthDate.isValid() && audited.contains(s.id)) {
                result << DateText::date(s.birthDate) << DateText::shortDate(s.birthDate) << s.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                       << s.birthDate.toString(Qt::ISODate);
            }
        }
        result.removeDuplicates();
        return result;
    }

    // The text with every run of white space made one space, so that a table row reads as one line.
    static QString flat(const QString &text) { return text.simplified(); }

    // Checks that neither the PDF nor the document's text holds any identity of the cycle's subjects.
    void checkAnonymous(qint64 cycleId, const QString &cycleLabel, PrintableDocument &document)
    {
        const QStringList identities = this->identities(cycleId);
        REQUIRE(identities.size() > 50);
        RenderedPdf pdf(document);
        REQUIRE(pdf.ok());
        const QString text = flat(pdf.text());
        const QString content = document.plainText();
        for (const QString &identity : identities) {
            INFO(cycleLabel.toStdString() << ": " << identity.toStdString());
            CHECK_FALSE(text.contains(identity));
            CHECK_FALSE(content.contains(identity));
        }
    }
    static QString share(int done, int total) { return QLocale().toString(100.0 * done / total, 'f', 1) + QStringLiteral(" %"); }

    // "Dinas Kesehatan 3 2 0 1 0 66.7 %" (items, done, partly done, not done, not evaluated, share
    // done) for every agency with items, then the totals row, counted from the repositories.
    QStringList agencyRows(qint64 cycleId)
    {
        auto items = ActionItemRepository(w).forCycle(cycleId);
        auto agencies = PeopleRepository(w).agencies();
        REQUIRE(items.ok());
        REQUIRE(agencies.ok());
        QStringList rows;
        int all[5] = {0, 0, 0, 0, 0};
        for (const Agency &agency : *agencies) {
            int counts[5] = {0, 0, 0, 0, 0};
            for (const ActionItem &item : *items) {
                if (item.agencyId != agency.id)
                    continue;
                ++counts[0];
                if (item.status == ActionStatus::Done)
                    ++counts[1];
                else if (item.status == ActionStatus::PartlyDone)
                    ++counts[2];
                else if (item.status == ActionStatus::NotDone)
                    ++counts[3];
                else
                    ++counts[4];
            }
            if (counts[0] == 0)
                continue;
            for (int i = 0; i < 5; ++i)
                all[i] += counts[i];
            rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                        .arg(agency.name)
                        .arg(counts[0])
                        .arg(counts[1])
                        .arg(counts[2])
                        .arg(counts[3])
                        .arg(counts[4])
                        .arg(share(counts[1], counts[0]));
        }
        REQUIRE(all[0] == items->size());  // every demo item has an agency
        rows << QStringLiteral("Total %1 %2 %3 %4 %5 %6").arg(all[0]).arg(all[1]).arg(all[2]).arg(all[3]).arg(all[4]).arg(share(all[1], all[0]));
        return rows;
    }
};
