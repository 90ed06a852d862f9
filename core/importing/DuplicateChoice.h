#pragma once

#include "domain/EnumText.h"

// What to do with a row that is the same person as one already in the workspace or earlier in
// the file. In every case but KeepBoth the row's measurement joins that person.
enum class DuplicateChoice { KeepExisting, TakeFile, Merge, KeepBoth };

template <>
struct EnumInfo<DuplicateChoice> {
    static constexpr const char *context = "DuplicateChoice";
    static constexpr std::array<EnumEntry<DuplicateChoice>, 4> entries{{
        {DuplicateChoice::KeepExisting, "keep", QT_TRANSLATE_NOOP("DuplicateChoice", "Keep the stored data")},
        {DuplicateChoice::TakeFile, "file", QT_TRANSLATE_NOOP("DuplicateChoice", "Take the file's data")},
        {DuplicateChoice::Merge, "merge", QT_TRANSLATE_NOOP("DuplicateChoice", "Merge field by field")},
        {DuplicateChoice::KeepBoth, "both", QT_TRANSLATE_NOOP("DuplicateChoice", "Different people: keep both")},
    }};
};
