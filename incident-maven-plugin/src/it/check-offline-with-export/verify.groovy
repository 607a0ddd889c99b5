def log = new File(basedir, 'build.log').text
assert log.contains('incidents from export file')
assert log.contains('4 unresolved incidents for incubateur-demo/demo-startup: 1 critical, 1 high, 1 medium, 1 low. (incident.failBuild=false: not failing)')
assert !log.contains('unreachable')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/incident/incidents.sarif').isFile()
return true
