#pragma once

#include "domain/Entity.h"

#include <QByteArray>

// The district's identity: who issues the documents and what their letterhead says.
struct WorkspaceSettings : Entity {
    QString province;
    QString regency;          // kabupaten/kota, e.g. "Kabupaten Sukamaju"
    QString regencyCode;      // Kemendagri code, e.g. "32.04"
    QString governmentName;   // "PEMERINTAH KABUPATEN SUKAMAJU"
    QString officeName;       // "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"
    QString letterheadLines;  // further letterhead lines (address, phone, e-mail), one per line
    QString address;
    QString signingPlace;     // the town printed before the date in signature blocks
    QByteArray logo;          // PNG or SVG bytes; empty when none
    bool isDemo = false;

    bool isComplete() const { return !regency.trimmed().isEmpty() && !officeName.trimmed().isEmpty(); }
};
