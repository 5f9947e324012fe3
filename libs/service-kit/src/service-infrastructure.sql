/* @name CheckDatabase */
SELECT 1 AS "ok!";
