# Installing Personal Budget Planner and the Debian package (`make package`).
#
# What is installed (under /usr in the .deb, CMAKE_INSTALL_PREFIX otherwise):
#   bin/pbplanner                                   the program (resources are
#                                                   compiled in, so nothing else
#                                                   is needed at run time)
#   share/applications/pbplanner.desktop            menu entry, opens .pbplan files
#   share/metainfo/<id>.metainfo.xml                software centre description
#   share/icons/hicolor/<N>x<N>/apps/pbplanner.png  icons drawn from the SVG at
#   share/icons/hicolor/scalable/apps/pbplanner.svg build time with rsvg-convert
#   share/mime/packages/pbplanner.xml               the .pbplan file type
#   share/man/man1/pbplanner.1.gz                   the manual page
#   share/doc/pbplanner/copyright                   licence, Debian's format
#
# Debian's triggers (shared-mime-info, desktop-file-utils, hicolor-icon-theme)
# refresh the MIME, desktop and icon caches when files land in those folders,
# so the package needs no maintainer scripts.
#
# The package's Depends come from dpkg-shlibdeps (the libraries the program
# links) plus what it loads at run time that shlibdeps cannot see: the SQLite
# driver plugin (libqt6sql6-sqlite), the SVG icon and image plugins
# (libqt6svg6) and Andika, the font of the easy-read plan. The xcb and
# offscreen platform plugins come with libqt6gui6, CUPS printing with
# libqt6printsupport6 (both found by shlibdeps). Recommends: native Wayland
# windows (qt6-wayland; without it Qt uses XWayland) and Noto Sans, the
# standard plan's font (without it the plan falls back to the default sans).
#
# The project has no public address and no e-mail address yet.
# PB_PROJECT_URL is the repository's name at the address it is meant to be
# published under; it is not a live page yet. Change it (and the metainfo
# file's URLs, the copyright file's Source and the manual page's SEE ALSO,
# which say the same) when the project is published.
# PB_PACKAGE_MAINTAINER: Debian requires "Name <address>"; pbplanner@localhost
# is deliberately not deliverable, so the package claims nobody's real
# address. Set a real one when somebody maintains the package.

include(GNUInstallDirs)

option(PB_PACKAGING "Build the desktop files (icons, manual page) and install rules" ON)
set(PB_PROJECT_URL "https://github.com/personal-budget-planner/pbplanner"
    CACHE STRING "Public address of the project (package Homepage)")
set(PB_PACKAGE_MAINTAINER
    "Personal Budget Planner contributors <pbplanner@localhost>"
    CACHE STRING "Maintainer field of the Debian package")

set(PB_METAINFO_ID "org.personalbudgetplanner.pbplanner")
set(PB_ICON_SIZES 16 24 32 48 64 128 256)

if(NOT PB_PACKAGING)
    return()
endif()
set(pb_packaging_src "${PROJECT_SOURCE_DIR}/packaging")
set(pb_packaging_out "${PROJECT_BINARY_DIR}/packaging")
set(pb_app_svg "${PROJECT_SOURCE_DIR}/resources/icons/pbplanner.svg")

find_program(PB_RSVG_CONVERT rsvg-convert)
find_program(PB_GZIP gzip)
if(NOT PB_RSVG_CONVERT OR NOT PB_GZIP)
    message(FATAL_ERROR "Packaging needs rsvg-convert and gzip: run `make deps` "
        "(Debian packages librsvg2-bin, gzip) or configure with -DPB_PACKAGING=OFF.")
endif()

# Icons: each size drawn from the one SVG, so they never drift apart.
set(pb_icon_files)
foreach(size IN LISTS PB_ICON_SIZES)
    set(png "${pb_packaging_out}/icons/${size}x${size}/pbplanner.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${pb_packaging_out}/icons/${size}x${size}"
        COMMAND "${PB_RSVG_CONVERT}" --width=${size} --height=${size} --keep-aspect-ratio
                --format=png --output "${png}" "${pb_app_svg}"
        DEPENDS "${pb_app_svg}"
        COMMENT "Drawing the ${size}x${size} application icon"
        VERBATIM)
    list(APPEND pb_icon_files "${png}")
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Manual page: Debian wants it compressed with gzip -9; -n leaves out the name
# and time so the same page gives the same bytes.
set(pb_man_gz "${pb_packaging_out}/pbplanner.1.gz")
add_custom_command(OUTPUT "${pb_man_gz}"
    COMMAND ${CMAKE_COMMAND} -E copy "${pb_packaging_src}/pbplanner.1" "${pb_packaging_out}/pbplanner.1"
    COMMAND "${PB_GZIP}" -9nf "${pb_packaging_out}/pbplanner.1"
    DEPENDS "${pb_packaging_src}/pbplanner.1"
    COMMENT "Compressing the manual page"
    VERBATIM)

add_custom_target(pb_packaging_files ALL DEPENDS ${pb_icon_files} "${pb_man_gz}")

# Directories in the package are rwxr-xr-x whatever the builder's umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# qt_standard_project_setup() gives installed programs an RPATH of
# $ORIGIN:$ORIGIN/../lib, for Qt bundled beside the program; the package uses
# the system's Qt in /usr/lib, and Debian's policy is no RPATH.
set_target_properties(pbplanner PROPERTIES INSTALL_RPATH "")
install(TARGETS pbplanner RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${pb_packaging_src}/pbplanner.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${pb_packaging_src}/${PB_METAINFO_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${pb_app_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${pb_packaging_src}/pbplanner-mime.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME pbplanner.xml)
install(FILES "${pb_man_gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${pb_packaging_src}/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/pbplanner")

# The Debian package.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "pbplanner")
set(CPACK_PACKAGE_VENDOR "Personal Budget Planner contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${PB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan a personal budget for care and support")
set(CPACK_PACKAGE_DESCRIPTION
"Personal Budget Planner helps a person in England plan how to spend a
personal budget for care and support from their council, on their own, with
someone they trust or with a support planner. It works out the budget from
the council's self-assessment questions, records what matters to the person,
how the money is managed (direct payment, council-arranged, Individual
Service Fund, third party), costs the support including the true cost of
employing a personal assistant, checks the plan adds up, and prints it,
with an easy-read version.

Everything stays on the computer in one database file and works offline.
The pbplanner command also gives summaries, checks and costs in scripts.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_NAME "pbplanner")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PB_PROJECT_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-sil-andika")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-core")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
