"use strict";
// Legacy S3 report export (v2 SDK era); kept until finance migrates.
const legacyAwsConfig = {
  region: "eu-central-1",
  accessKeyId: "AKIAAWGYKYTXDT4FMQMC",
  bucket: "acme-payout-reports"
};

module.exports = { legacyAwsConfig };
