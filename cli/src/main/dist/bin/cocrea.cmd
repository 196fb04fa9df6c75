@echo off
rem cocrea: the Cocrea command line (Windows).
rem
rem Runs lib\cocrea.jar of this distribution. On JDK 19 and later the JVM keeps an application class-data-sharing
rem archive in lib\ (or in %LOCALAPPDATA%\cocrea when lib\ is not writable), made by the first run, which shortens
rem later start-ups; JDK 17 and 18 run without it. Short runs use the C1 compiler only.
rem
rem Usage:   cocrea validate plan.json          (any cocrea command line; see cocrea --help)
rem Environment:
rem   JAVA_HOME          the Java 17+ runtime (default: java on the PATH)
rem   COCREA_JAVA_OPTS   extra JVM options (for example -Xmx256m)
rem   COCREA_CDS=off     run without the archive
setlocal EnableExtensions
set "COCREA_LIB=%~dp0..\lib"
set "COCREA_JAR_FILE=%COCREA_LIB%\cocrea.jar"
if not exist "%COCREA_JAR_FILE%" goto nojar
set "COCREA_JAVA=java"
if defined JAVA_HOME set "COCREA_JAVA=%JAVA_HOME%\bin\java.exe"
set "COCREA_ARCHIVE=%COCREA_LIB%\cocrea-dynamic.jsa"
if /i "%COCREA_CDS%"=="off" goto nocds
copy /y nul "%COCREA_LIB%\.cocrea-write-test" >nul 2>&1
if errorlevel 1 goto cachedir
del "%COCREA_LIB%\.cocrea-write-test" >nul 2>&1
goto cds
:cachedir
if not exist "%LOCALAPPDATA%\cocrea" mkdir "%LOCALAPPDATA%\cocrea" >nul 2>&1
set "COCREA_ARCHIVE=%LOCALAPPDATA%\cocrea\cocrea-dynamic.jsa"
:cds
"%COCREA_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%COCREA_ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off %COCREA_JAVA_OPTS% -jar "%COCREA_JAR_FILE%" %*
exit /b %ERRORLEVEL%
:nocds
"%COCREA_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %COCREA_JAVA_OPTS% -jar "%COCREA_JAR_FILE%" %*
exit /b %ERRORLEVEL%
:nojar
echo cocrea: cannot find "%COCREA_JAR_FILE%" 1>&2
exit /b 3
