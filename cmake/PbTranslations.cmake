# Translations (translations/README.md): the languages, the list of sources
# lupdate reads, and the target that brings the .ts files up to date.
#
#   cmake --build build --target update_translations
#
# runs lupdate over every source file (new strings come in unfinished, strings
# no longer in the code are dropped); then translate them in Qt Linguist
# (linguist translations/pbplanner_cy.ts). The test translations_complete
# fails while any string is unfinished or missing.

# en_GB is the source language, so it has no file.
set(PB_LANGUAGES cy pl ur)

set(PB_TS_FILES)
foreach(language IN LISTS PB_LANGUAGES)
    list(APPEND PB_TS_FILES "${PROJECT_SOURCE_DIR}/translations/pbplanner_${language}.ts")
endforeach()

# lupdate's list file: the include paths (so it can tell which class a
# member function belongs to, and so the context tr() uses at run time),
# then every source file of app, core and ui. Written at configure time;
# CONFIGURE_DEPENDS re-runs it when a file is added.
file(GLOB_RECURSE pb_translated_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h")
list(SORT pb_translated_sources)
set(pb_lupdate_lines
    "-I${PROJECT_SOURCE_DIR}/core" "-I${PROJECT_SOURCE_DIR}/ui" "-I${PROJECT_SOURCE_DIR}/app"
    ${pb_translated_sources})
list(JOIN pb_lupdate_lines "\n" pb_lupdate_text)
set(PB_LUPDATE_LIST "${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst")
file(CONFIGURE OUTPUT "${PB_LUPDATE_LIST}" CONTENT "${pb_lupdate_text}\n" @ONLY)

# The options every lupdate run uses, here and in the test. No source
# locations: line numbers would change the .ts files with every edit.
set(PB_LUPDATE_OPTIONS -locations none -no-obsolete -source-language en_GB)

add_custom_target(update_translations
    COMMAND Qt6::lupdate ${PB_LUPDATE_OPTIONS} "@${PB_LUPDATE_LIST}" -ts ${PB_TS_FILES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Bringing translations/*.ts up to date with the sources"
    VERBATIM)
