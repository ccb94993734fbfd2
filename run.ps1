# S3NotifyConformance: ./run.ps1 [s3notify arguments]   runs the harness (no arguments: the suite on the embedded store)
#                      ./run.ps1 test                   runs the project's own tests
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$configuration = if ($env:CONFIGURATION) { $env:CONFIGURATION } else { 'Release' }
$cliDll = "src/S3NotifyConformance.Cli/bin/$configuration/net10.0/s3notify.dll"
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Write-Error "run.ps1: the .NET 10 SDK is required but 'dotnet' is not on PATH (install it from https://dot.net, then re-run)"
    exit 2
}
if (-not (dotnet --list-sdks | Select-String '^10\.')) {
    Write-Error "run.ps1: the .NET 10 SDK is required; found: $(dotnet --list-sdks)"
    exit 2
}

function Build-IfNeeded {
    $newer = $null
    if (Test-Path $cliDll) {
        $stamp = (Get-Item $cliDll).LastWriteTimeUtc
        $newer = Get-ChildItem src, Directory.Build.props, Directory.Packages.props, S3NotifyConformance.sln -Recurse -File -Include *.cs, *.csproj, *.props, *.sln |
            Where-Object { $_.FullName -notmatch '[\\/](obj|bin)[\\/]' -and $_.LastWriteTimeUtc -gt $stamp } | Select-Object -First 1
        if (-not $newer) { return }
    }
    Write-Host "run.ps1: building ($configuration)..."
    dotnet build src/S3NotifyConformance.Cli -c $configuration --nologo -v quiet -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit 2 }
}

if ($args.Count -gt 0 -and $args[0] -eq 'test') {
    $rest = @($args | Select-Object -Skip 1)
    Remove-Item -Recurse -Force TestResults -ErrorAction SilentlyContinue
    dotnet test tests/S3NotifyConformance.Tests -c $configuration --nologo --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=normal" --results-directory TestResults @rest
    $status = $LASTEXITCODE
    $trx = Get-ChildItem TestResults -Recurse -Filter *.trx | Select-Object -First 1
    if (-not $trx) { Write-Output '0 passed, 1 failed, 0 skipped'; exit 1 }
    $run = ([xml](Get-Content $trx.FullName)).TestRun
    foreach ($r in @($run.Results.UnitTestResult | Where-Object { $_.outcome -in 'Failed', 'Error', 'Timeout', 'Aborted' })) {
        $message = (($r.Output.ErrorInfo.Message -split "`n" | ForEach-Object { $_.Trim() } | Where-Object { $_ }) -join ' | ')
        Write-Output ("FAILED {0}{1}" -f $r.testName, $(if ($message) { ': ' + $message.Substring(0, [Math]::Min(600, $message.Length)) } else { '' }))
    }
    $c = $run.ResultSummary.Counters
    Write-Output ("{0} passed, {1} failed, {2} skipped" -f $c.passed, ([int]$c.failed + [int]$c.error + [int]$c.timeout + [int]$c.aborted), $c.notExecuted)
    exit $status
}

Build-IfNeeded
$forward = if ($args.Count -eq 0) { @('run') } else { $args }
dotnet $cliDll @forward
exit $LASTEXITCODE
