#pragma once

#include "domain/EnumText.h"

#include <QComboBox>

// Fills a combo box with every value of a domain enum, showing its translated name.

// The item data is int(value).
template <typename E>
void addEnumItems(QComboBox *box)
{
    for (E value : enumValues<E>())
        box->addItem(enumName(value), int(value));
}

// The item data is the code stored in the database.
template <typename E>
void addEnumCodeItems(QComboBox *box)
{
    for (E value : enumValues<E>())
        box->addItem(enumName(value), enumCode(value));
}
