# Fails when a user-facing string of the sources has no finished Indonesian translation, or an
# English plural form is missing: lupdate refreshes copies of the .ts files, which are then read.
# Run by ctest as: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P TranslationCheck.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(language id en)
    set(copy ${WORK_DIR}/tuntas_${language}.ts)
    configure_file(${SOURCE_DIR}/translations/tuntas_${language}.ts ${copy} COPYONLY)
    set(options -locations none -no-obsolete -silent)
    if(language STREQUAL "en")
        list(APPEND options -pluralonly)
    endif()
    execute_process(
        COMMAND ${LUPDATE} ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app ${options} -ts ${copy}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "lupdate failed (${result}): ${output}")
        set(failed TRUE)
        continue()
    endif()
    file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(SEND_ERROR "tuntas_${language}.ts: ${count} strings have no finished translation. "
                           "Run: cmake --build build --target update_translations, then translate them.")
        set(failed TRUE)
    endif()
endforeach()
if(NOT failed)
    message(STATUS "Every string is translated.")
endif()
