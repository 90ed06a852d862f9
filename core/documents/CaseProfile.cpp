#include "documents/CaseProfile.h"

#include "audit/OutcomeEvidence.h"
#include "documents/AgeBand.h"
#include "domain/DateText.h"
#include "domain/ReferenceLabel.h"
#include "growth/RiskThresholds.h"
#include "growth/SubjectAssessment.h"
#include "storage/CaseRepository.h"
#include "storage/CauseTaxonomyRepository.h"
#include "storage/ListRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {
QString measured(const Measurement &m)
{
    const QLocale locale;
    QStringList values;
    if (m.weightKg)
        values << CaseProfile::tr("BB %1 kg").arg(locale.toString(*m.weightKg, 'f', 1));
    if (m.lengthHeightCm)
        values << CaseProfile::tr("PB/TB %1 cm").arg(locale.toString(*m.lengthHeightCm, 'f', 1));
    if (m.muacCm)
        values << CaseProfile::tr("LiLA %1 cm").arg(locale.toString(*m.muacCm, 'f', 1));
    if (m.hbGdl)
        values << CaseProfile::tr("Hb %1 g/dL").arg(locale.toString(*m.hbGdl, 'f', 1));
    // Month and year only: a day could be the birth date of a baby measured at birth.
    const QString when = locale.toString(m.measuredOn, QStringLiteral("MMM yyyy"));
    return values.isEmpty() ? QString() : CaseProfile::tr("Measured %1: %2").arg(when, values.join(QStringLiteral("; ")));
}

// The subject's own name, its parents' and spouse's, its NIK and family card number, blanked out
// of a free text a reviewer typed (a recommendation), so that an anonymised document cannot print
// them by way of it. A first name alone is not caught: it is too common a word to blank.
QString withoutIdentity(QString text, const Subject &subject)
{
    QStringList words;
    for (const QString &value : {subject.name, subject.motherName, subject.fatherName, subject.spouseName, subject.nik, subject.kkNumber}) {
        const QString word = value.simplified();
        if (word.size() >= 3)
            words << QRegularExpression::escape(word).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    }
    if (words.isEmpty())
        return text;
    const QRegularExpression pattern(QStringLiteral("(?<!\\w)(%1)(?!\\w)").arg(words.join(QLatin1Char('|'))),
                                     QRegularExpression::CaseInsensitiveOption);
    return text.replace(pattern, QStringLiteral("[...]"));
}

QList<QPair<QString, QString>> identityOf(const Subject &subject, const QString &desa, const QString &kecamatan)
{
    QList<QPair<QString, QString>> lines{{CaseProfile::tr("Name"), subject.name},
                                         {CaseProfile::tr("NIK"), subject.nik},
                                         {CaseProfile::tr("Family card (KK)"), subject.kkNumber},
                                         {CaseProfile::tr("Birth date"), DateText::date(subject.birthDate)},
                                         {CaseProfile::tr("Mother"), subject.motherName},
                                         {CaseProfile::tr("Father"), subject.fatherName},
                                         {CaseProfile::tr("Spouse"), subject.spouseName}};
    QStringList place;
    if (!subject.address.isEmpty())
        place << subject.address;
    // Registers often write RT/RW into the address and "Dusun" into the dusun: not twice.
    const QString rtRw = CaseProfile::tr("RT %1/RW %2").arg(subject.rt, subject.rw);
    if ((!subject.rt.isEmpty() || !subject.rw.isEmpty()) && !subject.address.simplified().contains(rtRw, Qt::CaseInsensitive))
        place << rtRw;
    const QString dusun = subject.dusun.simplified();
    if (!dusun.isEmpty())
        place << (dusun.startsWith(QStringLiteral("Dusun "), Qt::CaseInsensitive) ? dusun : CaseProfile::tr("Dusun %1").arg(dusun));
    place << desa << kecamatan;
    place.removeAll(QString());
    lines.append({CaseProfile::tr("Address"), place.join(QStringLiteral(", "))});
    lines.removeIf([](const QPair<QString, QString> &line) { return line.second.trimmed().isEmpty(); });
    return lines;
}
}

Result<QList<CaseProfile>> CaseProfile::ofCycle(Workspace &workspace, qint64 cycleId, bool withIdentity)
{
    CaseRepository caseRepository(workspace);
    auto cases = caseRepository.forCycle(cycleId);
    auto taxonomy = CauseTaxonomyRepository(workspace).all();
    auto desa = RegionRepository(workspace).desa();
    auto kecamatan = RegionRepository(workspace).kecamatan();
    auto answers = ListRepository(workspace).riskAnswers();
    if (!cases || !taxonomy || !desa || !kecamatan || !answers)
        return Error{!cases ? cases.error() : !taxonomy ? taxonomy.error() : !desa ? desa.error() : !kecamatan ? kecamatan.error() : answers.error()};
    QHash<QString, QString> causeLabels;
    for (const CauseCategory &cause : *taxonomy)
        causeLabels.insert(cause.code, referenceLabel(cause.label, cause.labelEn));
    QHash<qint64, QString> kecamatanNames;
    for (const Kecamatan &k : *kecamatan)
        kecamatanNames.insert(k.id, k.name);
    QHash<qint64, QPair<QString, QString>> places;  // desa id: desa, kecamatan
    for (const Desa &d : *desa)
        places.insert(d.id, {d.name, kecamatanNames.value(d.kecamatanId)});
    const RiskThresholds thresholds = RiskThresholds::fromMap(SettingsRepository(workspace).values(QStringLiteral("risk.")));

    QList<CaseProfile> profiles;
    for (const AuditCase &auditCase : *cases) {
        auto evidence = OutcomeEvidence::of(workspace, auditCase);
        auto review = caseRepository.review(auditCase.id);
        if (!evidence || !review)
            return Error{!evidence ? evidence.error() : review.error()};
        const Subject &subject = evidence->subject;
        CaseProfile profile;
        profile.auditCase = auditCase;
        profile.group = subject.group;
        const QPair<QString, QString> place = places.value(subject.desaId);
        profile.desa = place.first;
        profile.kecamatan = place.second;
        QDate asOf = auditCase.selectedOn;
        if (review->has_value() && review->value().auditDate.isValid())
            asOf = review->value().auditDate;
        profile.ageBand = AgeBand::of(subject.group, subject.birthDate, asOf.isValid() ? asOf : QDate::currentDate());
        if (evidence->before)
            profile.measurement = measured(*evidence->before);
        profile.findings = SubjectAssessment::describe(subject, evidence->before, answers->value(subject.id), thresholds);
        if (review->has_value()) {
            const ExpertReview &r = review->value();
            profile.reviewSigned = r.isSigned();
            profile.recommendations = r.recommendations;
            if (!withIdentity) {
                for (Recommendation &recommendation : profile.recommendations)
                    recommendation.text = withoutIdentity(recommendation.text, subject);
            }
            for (bool direct : {true, false}) {
                for (const ReviewCause &cause : r.causes) {
                    if (cause.isDirect != direct)
                        continue;
                    (cause.byExperts ? profile.expertCauses : profile.technicalCauses) << causeLabels.value(cause.cause, cause.cause);
                }
            }
        }
        if (withIdentity)
            profile.identity = identityOf(subject, place.first, place.second);
        profiles.append(profile);
    }
    return profiles;
}
