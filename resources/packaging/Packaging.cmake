# What `cmake --install` puts where, and the Debian package scripts/package
# makes of it with CPack (issue 10): the program in /usr/bin (its translations
# are compiled into it as resources), the menu entry, the icon in the hicolor
# theme as SVG and PNG, AppStream metainfo, the istiqbal(1) manual page and
# /usr/share/doc/istiqbal. No maintainer scripts: installing and removing the
# package never touches a user's databases or backups in their own folders.
include(GNUInstallDirs)

set(ISTIQBAL_HOMEPAGE "https://github.com/istiqbal/istiqbal"
    CACHE STRING "The project's public address (metainfo, copyright, package)")
set(ISTIQBAL_SCREENSHOTS "https://raw.githubusercontent.com/istiqbal/istiqbal/main/docs/screenshots"
    CACHE STRING "Where the README's screenshots are published (metainfo)")
set(ISTIQBAL_APP_ID "org.istiqbal.Istiqbal")
set(packaging ${CMAKE_CURRENT_LIST_DIR})
set(generated ${CMAKE_BINARY_DIR}/packaging)

configure_file(${packaging}/${ISTIQBAL_APP_ID}.metainfo.xml.in
  ${generated}/${ISTIQBAL_APP_ID}.metainfo.xml @ONLY)
configure_file(${packaging}/copyright.in ${generated}/copyright @ONLY)
configure_file(${packaging}/changelog.in ${generated}/changelog @ONLY)

# Debian wants the manual page and the changelog compressed, without a time
# stamp in the gzip header (gzip -n) so the package is reproducible.
add_custom_command(OUTPUT ${generated}/istiqbal.1.gz
  COMMAND gzip -9nc ${packaging}/istiqbal.1 > ${generated}/istiqbal.1.gz
  DEPENDS ${packaging}/istiqbal.1 VERBATIM)
add_custom_command(OUTPUT ${generated}/changelog.gz
  COMMAND gzip -9nc ${generated}/changelog > ${generated}/changelog.gz
  DEPENDS ${generated}/changelog VERBATIM)
add_custom_target(istiqbal_package_data ALL
  DEPENDS ${generated}/istiqbal.1.gz ${generated}/changelog.gz)

install(TARGETS istiqbal RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${packaging}/${ISTIQBAL_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${generated}/${ISTIQBAL_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/istiqbal.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/istiqbal.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${generated}/istiqbal.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${generated}/copyright ${generated}/changelog.gz
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/istiqbal)

# `cpack` installs without building everything first: scripts/package builds
# only the program and the data above, not the tests.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME istiqbal)
set(CPACK_PACKAGE_VENDOR "The Istiqbal developers")
set(CPACK_PACKAGE_CONTACT "The Istiqbal developers <istiqbal@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "front desk of a charitable association")
set(CPACK_PACKAGE_DESCRIPTION
  "Istiqbal turns a Saudi non-profit association's beneficiary-relations policy
into a working tool: a receptionist walks every visitor, call, letter or
e-registration through seven steps, a program officer answers referred cases
and follows beneficiaries up, and a manager exports a monthly PDF summary.
Arabic and right-to-left first, Hijri (Umm al-Qura) and Gregorian dates. Data
lives in a SQLite file on one desk, or in a PostgreSQL database that several
desks share.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # istiqbal_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${ISTIQBAL_HOMEPAGE})
# The libraries the program links come from dpkg-shlibdeps. It cannot see
# what Qt loads as plugins at run time or the fonts the reports use: those
# are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-hosny-amiri, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
# backup and restore of a server database run its pg_dump and pg_restore.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
