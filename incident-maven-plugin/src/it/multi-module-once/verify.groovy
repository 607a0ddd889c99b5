def log = new File(basedir, 'build.log').text
assert (log =~ /Checking GitGuardian incidents of incubateur-demo\/demo-startup \(repository from project.scm.connection/).count == 1
assert (log =~ /GitGuardian incidents are checked once per build/).count == 2
assert log.contains('nothing to do in module-a') && log.contains('nothing to do in module-b')
assert new File(basedir, 'target/incident/incidents.json').isFile()
assert !new File(basedir, 'module-a/target/incident').exists()
assert !new File(basedir, 'module-b/target/incident').exists()
// incident:stub from the command line: once, at the execution root (Maven runs a requiresProject=false goal
// called from the command line in the top-level project only; the plugin would skip the modules anyway)
assert (log =~ /4 report\(s\) written, 0 already existed/).count == 1
assert new File(basedir, 'incidents').list().size() == 4
assert !new File(basedir, 'module-a/incidents').exists()
return true
