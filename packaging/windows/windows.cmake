# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: an NSIS installer of the three programs, with the Qt runtime windeployqt copies next to
# them. Included by packaging/CMakeLists.txt; untested here (no Windows machine): packaging/README.md.

# The icon of sitekeeper.exe, of the installer and of the Start menu entry.
target_sources(sitekeeper PRIVATE "${CMAKE_CURRENT_LIST_DIR}/sitekeeper.rc")

# windeployqt: the Qt DLLs and plugins that the three programs load, and a qt.conf.
file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:sitekeeper>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:sitekeeper-cli>\"
                           \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:sitekeeper-server>\"
    GENERATE_QT_CONF
)
")
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake")

# The DLLs windeployqt does not know: QtKeychain, libphonenumber (with protobuf and ICU) and zxcvbn,
# taken from where the build found them.
install(CODE [[
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "$<TARGET_FILE:sitekeeper>" "$<TARGET_FILE:sitekeeper-cli>" "$<TARGET_FILE:sitekeeper-server>"
    DIRECTORIES "$<TARGET_FILE_DIR:Qt6::Core>" $ENV{PATH}
    RESOLVED_DEPENDENCIES_VAR sitekeeper_dlls
    UNRESOLVED_DEPENDENCIES_VAR sitekeeper_unresolved
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
    POST_EXCLUDE_REGEXES "[Ss]ystem32" "[Ww]in[Ss]x[Ss]")
  if(sitekeeper_unresolved)
    message(WARNING "DLLs not found, the installer will lack them: ${sitekeeper_unresolved}")
  endif()
  file(INSTALL ${sitekeeper_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])

set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Sitekeeper")
set(CPACK_NSIS_DISPLAY_NAME "Sitekeeper")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/sitekeeper.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/sitekeeper.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sitekeeper.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${SITEKEEPER_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "maintainers@sitekeeper.example.org")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# sitekeeper-cli is meant for scripts: offer to put bin\ on the PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
