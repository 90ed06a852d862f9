#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Language.h"

#include <QCoreApplication>

// Core and CLI tests run in English, so that messages can be asserted in the source language.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Language::apply(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
