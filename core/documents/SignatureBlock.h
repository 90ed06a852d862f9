#pragma once

#include <QString>

// Where a document is signed: "Sukamaju, 31 Oktober 2023", the signer's office over the space for
// the signature, then name with titles, rank/grade and NIP. Empty parts are left out.
struct SignatureBlock {
    QString placeAndDate;  // SignatureBlock::placeAndDate(place, date) or empty
    QString role;          // may hold several lines: "Ketua Tim Percepatan Penurunan Stunting\nKabupaten Sukamaju"
    QString name;          // with titles: "dr. Rina Wulandari, M.Kes"
    QString rankGrade;     // "Pembina / IV a"
    QString nip;           // digits; printed "NIP. 19751216 200604 1 013"
};
