#!/bin/sh
# HAProxy external check of a Galera node (arguments: proxy address, proxy port, node address,
# node port): healthy only when the node is Synced. A node that is joining, donating a full
# state transfer or cut off from the cluster answers SQL but refuses queries (errno 1047), so a
# port check alone would send traffic to it.
state=$(mariadb --no-defaults --connect-timeout=2 -h "$3" -P "$4" -u clustercheck -N -B -e "SHOW STATUS LIKE 'wsrep_local_state'" 2>/dev/null | cut -f2)
[ "$state" = 4 ]
