/**
 * Running the service: an online backup an administrator takes without stopping it, and the health the
 * load balancer and the operator read.
 */
package org.lifelonglinks.operations;
