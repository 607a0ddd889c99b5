def log = new File(basedir, 'build.log').text
assert (log =~ /Checking GitGuardian incidents of incubateur-demo\/demo-startup \(repository from project.scm.connection/).count == 1
assert (log =~ /GitGuardian incidents are checked once per build/).count == 2
assert log.contains('nothing to do in module-a') && log.contains('nothing to do in module-b')
assert new File(basedir, 'target/incident/incidents.json').isFile()
assert !new File(basedir, 'module-a/target/incident').exists()
assert !new File(basedir, 'module-b/target/incident').exists()
// incident:stub from the command line: once, at the execution root
assert (log =~ /Incident reports are written once per build/).count == 2
assert new File(basedir, 'incidents').list().size() == 4
assert !new File(basedir, 'module-a/incidents').exists()
return true
